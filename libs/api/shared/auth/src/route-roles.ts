import { type INestApplicationContext, RequestMethod, type Type } from '@nestjs/common';
import { MODULE_PATH, PATH_METADATA, VERSION_METADATA } from '@nestjs/common/constants.js';
import { type ApplicationConfig, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { PathsExplorer } from '@nestjs/core/router/paths-explorer.js';
import { RoutePathFactory } from '@nestjs/core/router/route-path-factory.js';
import { resolveRouteAccess, type RouteAccess } from './route-access.js';

type VersionValue = Parameters<RoutePathFactory['create']>[0]['controllerVersion'];

/** One HTTP route of the application and who may call it. */
export interface RouteRoles {
  /** `GET`, `POST`, ... (`ALL` for `@All()`). */
  method: string;
  /** The path as the router registered it, parameters included: `/api/v1/organisations/:id`. */
  path: string;
  controller: string;
  handler: string;
  access: RouteAccess;
}

/**
 * Every route of a Nest application with its access declaration, in path order: the input of the
 * "every route × every role" test and a quick audit of what is public.
 *
 * Paths are built by Nest's own RoutePathFactory from the application's configuration (global
 * prefix and its exclusions, RouterModule paths, URI versioning), the way @nestjs/swagger does, so
 * they are the paths the router serves. Call it after the global prefix and versioning are set.
 */
export function listRouteRoles(app: INestApplicationContext): RouteRoles[] {
  const config = (app as unknown as { config?: ApplicationConfig }).config;
  if (!config || typeof config.getGlobalPrefix !== 'function') {
    throw new TypeError('listRouteRoles needs a Nest HTTP application (created with NestFactory.create)');
  }
  const modules = app.get(ModulesContainer);
  const pathFactory = new RoutePathFactory(config);
  const pathsExplorer = new PathsExplorer(new MetadataScanner());
  const globalPrefix = config.getGlobalPrefix() ? `/${config.getGlobalPrefix().replace(/^\//, '')}` : '';
  const versioningOptions = config.getVersioning();
  const routes: RouteRoles[] = [];

  for (const module of modules.values()) {
    const modulePath = moduleRoutePath(modules, module.metatype);
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller || !wrapper.instance) continue;
      const controllerPaths = asArray(Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined);
      const controllerVersion = versioningOptions
        ? ((Reflect.getMetadata(VERSION_METADATA, controller) as VersionValue | undefined) ?? versioningOptions.defaultVersion)
        : undefined;
      for (const route of pathsExplorer.scanForPaths(wrapper.instance as object)) {
        const access = resolveRouteAccess(route.targetCallback, controller);
        for (const ctrlPath of controllerPaths) {
          for (const methodPath of route.path) {
            const paths = pathFactory.create(
              { ctrlPath, methodPath, modulePath, globalPrefix, controllerVersion, methodVersion: route.version, versioningOptions },
              route.requestMethod,
            );
            for (const path of paths) {
              routes.push({ method: RequestMethod[route.requestMethod], path, controller: controller.name, handler: route.methodName, access });
            }
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

function moduleRoutePath(modules: ModulesContainer, metatype: Type): string | undefined {
  return (
    (Reflect.getMetadata(MODULE_PATH + modules.applicationId, metatype) as string | undefined) ??
    (Reflect.getMetadata(MODULE_PATH, metatype) as string | undefined)
  );
}

function asArray(path: string | string[] | undefined): string[] {
  if (path === undefined) return ['/'];
  return Array.isArray(path) ? path : [path];
}
